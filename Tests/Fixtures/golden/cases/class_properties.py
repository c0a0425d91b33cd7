# tags: lang classes errors
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def kelvin_of(c):
        return c + 273.15

    @classmethod
    def freezing(cls):
        return cls(0)

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 30
print(t.celsius, t.fahrenheit, Temperature.kelvin_of(1), t.kelvin_of(2))
f = Temperature.freezing()
print(type(f).__name__, f.celsius)
print(type(Temperature.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
t.fahrenheit = 3
