"""E-mail merge: one personal message per recipient of a letter, sent exactly once.

compose (who gets which message, who is left out and why), messages (the
MIME message), server (the mail server's settings and password), ledger (each
message recorded as sending, sent or refused, a batch of messages an operation),
run_log (what a run did since its last commit, for the run after a kill),
sending (the run itself: throttled, cancellable, resumable) and eml (.eml files
instead of a server).
"""
