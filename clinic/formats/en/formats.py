TIME_FORMAT = "g:i a"
# Months in full, as the Spanish format writes them: "November 1, 2026".
DATE_FORMAT = "F j, Y"
# Times are typed as they are shown ("5:00 p.m.", "5 pm") or on the 24-hour clock ("17:00"): the fields of
# opening hours (locations/forms.py ClockTimeField) turn "p.m." into the "pm" that %p reads. The first
# format stays Django's, which the admin's other time inputs show.
TIME_INPUT_FORMATS = ["%H:%M:%S", "%H:%M:%S.%f", "%H:%M", "%I:%M %p", "%I %p"]
