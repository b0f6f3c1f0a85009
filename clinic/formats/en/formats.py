TIME_FORMAT = "g:i a"
