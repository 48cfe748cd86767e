"""Shipped kamlab datasets (CSV files and the data dictionary), made by `kamlab generate`."""
