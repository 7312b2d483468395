"""The request and result classes of each operation, a module per operation."""
