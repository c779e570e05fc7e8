"""The only code that speaks SQL: the database file, its schema, the log chain and backups."""
