"""factcards: YAML fact cards checked against archived sources, rendered into an MkDocs site."""
