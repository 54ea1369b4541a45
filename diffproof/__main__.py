from diffproof.cli import main

raise SystemExit(main())
