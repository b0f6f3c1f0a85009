TIME_FORMAT = "g:i a"
# Months in full, as the Spanish format writes them: "November 1, 2026".
DATE_FORMAT = "F j, Y"
