// placeholder, replaced by the db work
