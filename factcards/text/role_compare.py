"""How a statement's roles compare with its passages': the actor and target swapped, or the
actor replaced by another party."""

from __future__ import annotations

from factcards.text.role_words import PERSON, Role


def swapped(stated: list[Role], given: list[Role]) -> list[tuple[Role, Role]]:
    """Where a statement makes a party the actor of an action whose actor in the passage is
    another party that the passage makes it the target of, while the statement makes that
    other party its target: the two swapped."""
    found = []
    for mine in stated:
        if mine.role != "actor" or any(r.role == "actor" and r.party == mine.party
                                       and r.action & mine.action for r in given):
            continue  # the passage has this actor do it too
        for theirs in given:
            if theirs.role != "actor" or theirs.party == mine.party or not theirs.action & mine.action:
                continue
            same = theirs.action & mine.action
            hit = any(r.role == "target" and r.party == mine.party and r.action & same for r in given)
            swapped_target = any(r.role == "target" and r.party == theirs.party and r.action & same
                                 and r.sentence == mine.sentence for r in stated)
            if hit and swapped_target:
                found.append((mine, theirs))
                break
    return found


def replaced(stated: list[Role], given: list[Role], related) -> tuple[Role, Role] | None:
    """Where a statement makes a party the actor of an action that its passages give only to
    another, unrelated party (`related(a, b)`: one speaks or acts for the other): the actor
    replaced ("Okafor asked" where the passages have only "Whitlow asked")."""
    for mine in stated:
        if mine.role != "actor":
            continue
        alike = [r for r in given if r.role == "actor" and r.action & mine.action]
        if any(r.party == mine.party for r in alike):
            continue  # the passages have it do this
        other = next((r for r in alike if r.party.startswith(PERSON) and mine.party.startswith(PERSON)),
                     None)
        if other is not None:
            return mine, other  # one person for another: "Okafor" is not the "Whitlow" it names
        if any(related(r.party, mine.party) for r in alike):
            continue  # the like: one speaks or acts for the other
        own = {form for form in mine.action if not form.startswith("~")}  # the word, not its group
        doers = [r for r in alike if r.action & own]
        if doers and not any(r.role == "actor" and r.party == d.party and r.action & d.action
                             for d in doers for r in stated):  # not one it adds beside the doer
            return mine, doers[0]
    return None
