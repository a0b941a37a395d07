"""The running application: start-up, the main window, language, icons, settings keys, the open
database and work off the UI thread.
"""
