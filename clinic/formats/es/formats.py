from clinic.formats.en.formats import TIME_INPUT_FORMATS  # noqa: F401  "5:00 p.m.", "5 pm" or "17:00", as in English

TIME_FORMAT = "g:i a"
