"""Small widgets and helpers shared by the roles and clients pages."""
