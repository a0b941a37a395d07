"""The bundle's entry point: the same `main` as the `coalitiondesk` command.

PyInstaller needs a script outside the package: run as a script, the package's
own __main__.py would put src/coalitiondesk itself on the module path.
"""

import multiprocessing

# Workbooks are parsed in a child process (coalitiondesk.core.importing.calamine_process); in a
# frozen application that child is this executable again, which this call turns into it.
multiprocessing.freeze_support()

from coalitiondesk.cli import main  # noqa: E402 - only once the child has been told apart

raise SystemExit(main())
