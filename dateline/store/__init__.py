"""Storage: DuckDB (default, embedded) and PostgreSQL behind one interface (:class:`.base.Store`)."""
