ABSOLUTE_ZERO_C = -273.15


class Temperature:
    """A temperature in degrees Celsius that cannot go below absolute zero."""

    def __init__(self, celsius=0.0):
        self.celsius = celsius  # validated by the property setter

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < ABSOLUTE_ZERO_C:
            raise ValueError(f"{value} °C is below absolute zero ({ABSOLUTE_ZERO_C} °C)")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self.c_to_f(self._celsius)

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @classmethod
    def from_fahrenheit(cls, fahrenheit):
        return cls((fahrenheit - 32) * 5 / 9)

    @staticmethod
    def c_to_f(celsius):
        return celsius * 9 / 5 + 32
