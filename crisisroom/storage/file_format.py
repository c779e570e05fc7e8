"""What marks a file as a Crisis Room database, and which schema version this code writes.

An older Crisis Room reads ``PRAGMA user_version`` before it writes anything and refuses a
file made by a newer one; ``schema.py``'s last migration sets it to SCHEMA_VERSION.
"""

# "CRM1": marks the file as ours, so another program's SQLite database is refused.
APPLICATION_ID = 0x43524D31
SCHEMA_VERSION = 23
