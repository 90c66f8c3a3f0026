from wirelint.cli import main

raise SystemExit(main())
