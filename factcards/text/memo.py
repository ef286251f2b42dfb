"""Remembering what a text reads as. The rules ask the same questions of the same passages
card after card (every card quoting a paragraph reads it again), so each pure reading of a
text is worked out once and handed out again. Only the most recent `SIZE` answers of each
reading are kept, so memory stays bounded however large the archive."""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

SIZE = 1 << 13  # answers kept per reading: enough for neighbouring cards, and 10,000 cards check in 300 MiB


def remembered(function: Callable[..., list[T]]) -> Callable[..., list[T]]:
    """`function` (of hashable arguments, returning a list) remembered: each caller gets its own
    copy of the list, so one that adds to it cannot change what the next one is told."""
    kept = functools.lru_cache(maxsize=SIZE)(lambda *args, **kwargs: tuple(function(*args, **kwargs)))

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> list[T]:
        return list(kept(*args, **kwargs))

    wrapper.cache_clear = kept.cache_clear  # type: ignore[attr-defined]
    return wrapper


def per_instance(method: Callable[..., T]) -> Callable[..., T]:
    """A method remembered per object and arguments (hashable), for objects such as a check's
    lookup, whose answers hold for that object only. Lists come back as copies."""
    name = f"_remembered_{method.__name__}"

    def keep(owner: weakref.ref, *args: Any, **kwargs: Any) -> tuple[bool, Any]:
        result = method(owner(), *args, **kwargs)
        return (True, tuple(result)) if isinstance(result, list) else (False, result)

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> T:
        kept = self.__dict__.get(name)
        if kept is None:  # through a weak reference: the object does not keep itself alive
            kept = self.__dict__[name] = functools.lru_cache(maxsize=SIZE)(
                functools.partial(keep, weakref.ref(self)))
        copy, value = kept(*args, **kwargs)
        return list(value) if copy else value  # type: ignore[return-value]

    return wrapper
