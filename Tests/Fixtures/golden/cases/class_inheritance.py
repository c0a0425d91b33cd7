# tags: lang classes
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + f" ({self.age} months)"

for a in [Animal("x"), Dog("rex"), Puppy("bit", 3)]:
    print(a.speak(), type(a).__name__)
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__)
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, (int, Animal)))
print(isinstance(Puppy("a", 1), (Dog, int)))
print(super(Puppy, Puppy("c", 2)).speak())
