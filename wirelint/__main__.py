from wirelint.cli import main

# Guarded: where workers are spawned (macOS, Windows), each one imports this module again.
if __name__ == "__main__":
    raise SystemExit(main())
