from coalitiondesk.cli import main

raise SystemExit(main())
