"""Secrets in the operating system's keychain (through ``keyring``) and the encrypted handover file.

No Qt and no SQL here: the metadata of the accounts lives in ``storage/vault.py``, and
``crisisroom/services/vault.py`` keeps the two consistent.
"""
