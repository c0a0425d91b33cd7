# tags: lang errors
try:
    raise SystemExit(3)
except SystemExit as e:
    print('caught', e)
print('exiting')
raise SystemExit(7)
