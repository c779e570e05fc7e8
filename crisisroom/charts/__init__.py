"""Charts drawn with matplotlib's object API (``Figure``, never pyplot) and without Qt.

The GUI embeds the figures these functions fill; the reports can save them as images. Importing
this package is cheap: each chart lives in its own module, which imports matplotlib.
"""
