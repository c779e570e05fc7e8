"""The crisis wizard: assess → notify → manage → message → monitor, one page per step (see ``wizard.py``)."""
