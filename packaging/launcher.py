"""The bundle's entry point: the same `main` as the `coalitiondesk` command.

PyInstaller needs a script outside the package: run as a script, the package's
own __main__.py would put src/coalitiondesk itself on the module path.
"""

from coalitiondesk.cli import main

raise SystemExit(main())
