"""The Document model: a story split into parts, sentences and tokens, with its spans,
line positions and suppression comments. Every later step reads stories through it."""
