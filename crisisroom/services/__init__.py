"""Use cases: what the window and the command line ask for, one module per use case.

The window and the command line call these; these call the domain packages and storage.
"""
