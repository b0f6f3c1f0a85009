TIME_FORMAT = "g:i a"
# As in English (clinic/formats/en/formats.py): "5:00 p.m.", "5 pm" or "17:00".
TIME_INPUT_FORMATS = ["%H:%M:%S", "%H:%M:%S.%f", "%H:%M", "%I:%M %p", "%I %p"]
