"""Dialogs: small modal windows that collect a choice and hand it to the caller.

Each dialog is testable on its own (tests drive its widgets and read its
result); the code that opens one does so through a seam it can replace.
"""
