# tags: lang
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 3))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, -1, 7), pow(-2, 3, 5), pow(2**100, 2**10, 10**9 + 7))
print(chr(65), chr(955), chr(0x1F600), ord("A"), ord("λ"), ord("\n"))
print(bin(10), bin(-10), bin(0), hex(255), hex(-255), hex(2**64), oct(8), oct(-64))
print(format(3.14159, ".2f"), format(42, "08b"), format(255, "x"), format(1234567, ","), format("hi", ">5"), format(0.5, "%"))
print(format(7), format(2.5), format(True), format(None))
print(abs(-3), round(2.567, 2), int("ff", 16) if False else int("123"), float("1e3"))
print(divmod(True, 2), pow(True, 5), hex(True))
