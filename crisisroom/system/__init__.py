"""Where Crisis Room keeps its files on this computer, writing files whole, and who the user is."""
