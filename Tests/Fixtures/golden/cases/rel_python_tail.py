# tags: language
# The Python tail the differential tester found: empty-substring searches past the end, '%#.2x',
# grouping with '#' and zero padding, chr() beyond a C int, comb/perm on big ints, istitle,
# math.remainder/fmod/pow domain errors, (-inf) ** fraction.
import math
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: 'abc'.index('', 3)); t(lambda: 'abc'.index('', 4)); t(lambda: 'abc'.find('', 4)); t(lambda: 'abc'.rfind('', 4))
t(lambda: 'aaa'.rindex('', 20, 255)); t(lambda: 'abc'.count('', 4)); t(lambda: 'abc'.count('', 3)); t(lambda: 'abc'.find('', 2**70))
t(lambda: 'abc'.startswith('', 4)); t(lambda: 'abc'.endswith('', 4)); t(lambda: 'abc'.startswith('', 3))
t(lambda: 'abc'.find('', 3, 1)); t(lambda: 'abc'.find('', -10)); t(lambda: 'abc'.count('', 1, 0));
t(lambda: '%#.2x' % -1); t(lambda: '%#.5x' % 255); t(lambda: '%#.2o' % -8); t(lambda: '%#5.3X' % 10); t(lambda: '%#x' % 0); t(lambda: '%#.0x' % 0); t(lambda: '%.0d' % 0)
t(lambda: '{:_G}'.format(1234567)); t(lambda: '{:#.0F}'.format(5)); t(lambda: '{:_g}'.format(12345678)); t(lambda: '{:,G}'.format(10**20)); t(lambda: '{:#.0e}'.format(5)); t(lambda: '{:_F}'.format(1234567)); t(lambda: '{:_.3G}'.format(123456789))
t(lambda: '{:#G}'.format(7)); t(lambda: '{:G}'.format(10**17)); t(lambda: '{:_G}'.format(1e20)); t(lambda: '{:#.0%}'.format(1)); t(lambda: '{:_}'.format(1e20))
t(lambda: chr(2**53)); t(lambda: chr(2**31)); t(lambda: chr(2**63)); t(lambda: chr(-1)); t(lambda: chr(0x110000)); t(lambda: chr(2**64))
t(lambda: math.comb(2**64, 2)); t(lambda: math.comb(2**64, 2**64-1)); t(lambda: math.perm(2**64, 2)); t(lambda: math.comb(100, 2**64)); t(lambda: math.perm(5, 2**64)); t(lambda: math.comb(2**64, 0)); t(lambda: math.comb(-1, 2)); t(lambda: math.comb(10**30, 3)); t(lambda: math.perm(2**64))
t(lambda: 'Hello World'.istitle()); t(lambda: 'hello'.istitle()); t(lambda: 'A1 B'.istitle()); t(lambda: ''.istitle()); t(lambda: 'ǅa'.istitle()); t(lambda: 'AB'.istitle()); t(lambda: "They'Re".istitle())
t(lambda: math.remainder(5e-324, 0)); t(lambda: math.remainder(float('inf'), 1)); t(lambda: math.remainder(1, float('inf'))); t(lambda: math.remainder(float('nan'), 0))
t(lambda: float('-inf') ** 5e-324); t(lambda: float('-inf') ** 0.5); t(lambda: float('-inf') ** -0.5); t(lambda: 0.0 ** -1)
t(lambda: math.pow(float('-inf'), 5e-324)); t(lambda: float('-inf') ** 3); t(lambda: float('-inf') ** -3.0); t(lambda: float('-inf') ** 2.0)
t(lambda: '%-#8.3x|' % 5); t(lambda: '%0#8.3x|' % -5); t(lambda: '%+.3d' % 5); t(lambda: '% .3d' % 5); t(lambda: '%*.3d|' % (-8, 5)); t(lambda: '%08.3d' % -5); t(lambda: '%.3d' % True); t(lambda: '%.3x' % 2**70); t(lambda: '%#.3o' % 8);t(lambda: '%.2d' % 3.7); t(lambda: '%.3i|%.3u' % (-7, 7))
t(lambda: math.pow(-8, 1/3)); t(lambda: math.pow(10, 400)); t(lambda: math.pow(0, -1)); t(lambda: math.pow(float('-inf'), 0.5)); t(lambda: math.fmod(float('inf'), 2)); t(lambda: math.fmod(2, float('inf'))); t(lambda: math.atan2(0, 0)); t(lambda: math.copysign(1, float('nan'))); t(lambda: math.nextafter(0, -1))
t(lambda: chr(-2**31)); t(lambda: chr(-2**31-1)); t(lambda: chr(2**31-1)); t(lambda: math.perm(5, None)); t(lambda: math.comb(5, None)); t(lambda: math.perm(2**64, 0)); t(lambda: math.comb(2**64+5, 2**64)); t(lambda: math.comb(2**65, 2**64))
t(lambda: 'ﬁ Ab'.istitle()); t(lambda: '1A'.istitle()); t(lambda: 'Σσ'.istitle()); t(lambda: 'ᾈ'.istitle()); t(lambda: 'Ⅷ'.istitle())
specs = ['_G', '#.0F', ',G', '_g', '#.0f', '#.0e', '#G', '#g', '_.2G', '_F', ',F', '#.0%', '_e', '#_G', '_.0F', '#,.0F', '_n' if False else '_d', '#.3G', '020_G', '<#10.0F', '#x', '_x', '#_b', '=+#20_.0F']
vals = [0, 1, -1, 7, 255, 1234567, 10**16, 2**53 + 1, 2**63 - 1, -2**63, 2**64, 10**20, True, 1.0, -0.0, 1e16, 123456.789]
for s in specs:
    out = []
    for v in vals:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__)
    print(s, out)
for s in ['0=20_G', '*=20_d', '021_x', '#022_x', '020,.2f', '09,', '0=+12,d', '013_b', '020,%', 'z020,.1f', '020,e', '+020_.3G', '<020_d', '^020,d', '0>20,d', '012,.1f']:
    out = []
    for v in [0, 1, -1, 255, 123456789, -0.0, 12345.678, -1e20, float('nan'), float('-inf'), 2**70]:
        try: out.append(format(v, s))
        except Exception as e: out.append(type(e).__name__)
    print(s, out)
