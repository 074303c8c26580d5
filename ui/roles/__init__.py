"""The roles page: job orders with their pipeline counts, requirements and candidates."""
