# tags: lang errors
print("%s=%d" % ("x", 1))
print("%d and %d" % (1,))
