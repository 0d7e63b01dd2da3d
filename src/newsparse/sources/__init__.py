"""Front ends: turn what a scraper hands over into Lines the rules read."""
