"""The shared-accounts vault window and its dialogs."""
