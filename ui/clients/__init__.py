"""The clients page: companies with their contacts and roles."""
