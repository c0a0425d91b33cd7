# tags: lang errors
print(chr(0x10FFFF) == "\U0010ffff")
chr(0x110000)
