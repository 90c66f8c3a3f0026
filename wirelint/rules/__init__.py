"""One rule per module. Importing a module registers its rule (see wirelint.registry)."""
