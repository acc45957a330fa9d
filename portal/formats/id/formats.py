# Dates as Indonesian readers write them: "28 November 2026", "19.30".
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "j F Y, H.i"
TIME_FORMAT = "H.i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
FIRST_DAY_OF_WEEK = 1

# Day first only. Django's own "id" module also accepts "%m/%d/%Y %H.%M", which reads an Indonesian
# "05/12/2026 14.30" as 12 May; the ISO formats are still accepted (Django appends them).
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d/%m/%y", "%d-%m-%y", "%d %B %Y", "%d %b %Y"]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H.%M",
    "%d/%m/%Y %H.%M.%S",
    "%d/%m/%Y %H:%M",
    "%d-%m-%Y %H.%M",
    "%d-%m-%Y %H.%M.%S",
    "%d-%m-%Y %H:%M",
]
TIME_INPUT_FORMATS = ["%H.%M", "%H.%M.%S", "%H:%M", "%H:%M:%S"]
