"""What rules share: words and their forms, names and their spellings, brand slots,
figures, the body index, US/UK spelling, the English word lists and house profiles."""
