# tags: lang
print("%d items cost %.2f" % (3, 9.5))
print("%s and %r" % ("a", "a"), "%5s|%-5s|" % ("ab", "cd"), "%05d|%-5d|%+d|% d" % (42, 42, 42, 42))
print("%x %X %#x %o %#o %e %E %g %G %f %F" % (255, 255, 255, 8, 8, 12345.678, 0.000123, 1e-5, 1e20, 1.5, 2.25))
print("%(name)s is %(age)d" % {"name": "Ada", "age": 36}, "100%%" % (), "%c%c" % (72, "i"))
print("%.3s|%10.4f|%-10.2e|%*d|%.*f" % ("abcdef", 3.14159265, 12345.6789, 6, 42, 2, 2.71828))
print("%d %i %u" % (3.9, -2.5, True), "%s" % [1, 2], "%s" % (1,), "value: %s" % None)
print("%.5d|%8.3d|%-8.3d|" % (42, -7, 5))
print("%s %s" % ("only one",) if False else "x")
for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%q", 1), ("%x", 1.5), ("%", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(repr(e))
