//! Units of measure a quantity can be written in, their dimensions and their exact
//! conversion factors.
//!
//! Factors are exact rationals (the international mile is exactly 1,609.344 metres), so a
//! conversion check never rests on a float. Units whose meaning is ambiguous in news prose
//! (a "mile" in a text that also speaks of nautical miles, a US or imperial "gallon")
//! convert to the hull of their readings, so a check abstains unless neither fits.

/// What a unit measures; only quantities of one dimension can be compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    /// Distance and height.
    Length,
    /// Weight.
    Mass,
    /// Land area.
    Area,
    /// Liquid volume.
    Volume,
    /// Temperature (an affine scale, not a ratio).
    Temperature,
    /// Speed.
    Speed,
}

/// A unit of measure, as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// "miles", "mi"; statute miles unless the text also speaks of nautical miles.
    Mile,
    /// "nautical miles".
    NauticalMile,
    /// "kilometres", "kilometers", "km".
    Kilometer,
    /// "metres", "meters", "m".
    Meter,
    /// "centimetres", "cm".
    Centimeter,
    /// "feet", "foot", "ft".
    Foot,
    /// "inches".
    Inch,
    /// "yards".
    Yard,
    /// "kilograms", "kg".
    Kilogram,
    /// "grams", "g".
    Gram,
    /// "pounds", "lb" (weight; "£" and "pounds sterling" are money).
    Pound,
    /// "tonnes", "metric tons".
    Tonne,
    /// "°F", "degrees Fahrenheit".
    Fahrenheit,
    /// "°C", "degrees Celsius".
    Celsius,
    /// "acres".
    Acre,
    /// "hectares".
    Hectare,
    /// "square kilometres", "sq km".
    SquareKilometer,
    /// "square miles".
    SquareMile,
    /// "gallons": US or imperial.
    Gallon,
    /// "litres", "liters".
    Liter,
    /// "miles per hour", "mph".
    MilePerHour,
    /// "kilometres per hour", "km/h", "kph".
    KilometerPerHour,
    /// "knots".
    Knot,
}

/// A factor `num / den` into the dimension's base unit (metre, kilogram, square metre,
/// litre, km/h); a unit may have two readings (`alt`).
struct Factor {
    num: i128,
    den: i128,
}

const fn f(num: i128, den: i128) -> Factor {
    Factor { num, den }
}

impl Unit {
    /// The dimension the unit measures.
    pub fn dimension(self) -> Dimension {
        use Unit::*;
        match self {
            Mile | NauticalMile | Kilometer | Meter | Centimeter | Foot | Inch | Yard => {
                Dimension::Length
            }
            Kilogram | Gram | Pound | Tonne => Dimension::Mass,
            Fahrenheit | Celsius => Dimension::Temperature,
            Acre | Hectare | SquareKilometer | SquareMile => Dimension::Area,
            Gallon | Liter => Dimension::Volume,
            MilePerHour | KilometerPerHour | Knot => Dimension::Speed,
        }
    }

    /// The unit's name, as messages show it.
    pub fn name(self) -> &'static str {
        use Unit::*;
        match self {
            Mile => "miles",
            NauticalMile => "nautical miles",
            Kilometer => "km",
            Meter => "metres",
            Centimeter => "cm",
            Foot => "feet",
            Inch => "inches",
            Yard => "yards",
            Kilogram => "kg",
            Gram => "grams",
            Pound => "pounds",
            Tonne => "tonnes",
            Fahrenheit => "°F",
            Celsius => "°C",
            Acre => "acres",
            Hectare => "hectares",
            SquareKilometer => "square km",
            SquareMile => "square miles",
            Gallon => "gallons",
            Liter => "litres",
            MilePerHour => "mph",
            KilometerPerHour => "km/h",
            Knot => "knots",
        }
    }

    /// The exact factors into the base unit: one, or two for an ambiguous unit.
    fn factors(self, nautical_context: bool) -> (Factor, Option<Factor>) {
        use Unit::*;
        match self {
            Mile if nautical_context => (f(1_609_344, 1000), Some(f(1852, 1))),
            Mile => (f(1_609_344, 1000), None),
            NauticalMile => (f(1852, 1), None),
            Kilometer => (f(1000, 1), None),
            Meter => (f(1, 1), None),
            Centimeter => (f(1, 100), None),
            Foot => (f(3048, 10_000), None),
            Inch => (f(254, 10_000), None),
            Yard => (f(9144, 10_000), None),
            Kilogram => (f(1, 1), None),
            Gram => (f(1, 1000), None),
            Pound => (f(45_359_237, 100_000_000), None),
            Tonne => (f(1000, 1), None),
            // Temperatures are handled affinely in `convert`; the factor is unused.
            Fahrenheit | Celsius => (f(1, 1), None),
            Acre => (f(40_468_564_224, 10_000_000), None),
            Hectare => (f(10_000, 1), None),
            SquareKilometer => (f(1_000_000, 1), None),
            SquareMile => (f(2_589_988_110_336, 1_000_000), None),
            // US (3.785411784 l) or imperial (4.54609 l): the text rarely says which.
            Gallon => (f(3_785_411_784, 1_000_000_000), Some(f(454_609, 100_000))),
            Liter => (f(1, 1), None),
            MilePerHour => (f(1_609_344, 1_000_000), None),
            KilometerPerHour => (f(1, 1), None),
            Knot => (f(1852, 1000), None),
        }
    }
}

fn floor_div(n: i128, d: i128) -> i128 {
    n.div_euclid(d)
}

fn ceil_div(n: i128, d: i128) -> i128 {
    -(-n).div_euclid(d)
}

/// Converts the closed interval `[lo, hi]` (fixed-point amounts in `from`) into `to`,
/// rounding outward, as the hull over every reading of both units. `None` when the
/// dimensions differ or an end is open.
pub fn convert_units(
    lo: i128,
    hi: i128,
    from: Unit,
    to: Unit,
    nautical: bool,
) -> Option<(i128, i128)> {
    convert(lo, hi, from, to, nautical, Reading::Amount)
}

/// Like [`convert_units`], but for a difference of two amounts rather than an amount: a
/// rise of 1.5 °C is a rise of 2.7 °F, with no 32 degrees added. Other dimensions are
/// ratio scales, where the two readings agree.
pub fn convert_unit_difference(
    lo: i128,
    hi: i128,
    from: Unit,
    to: Unit,
    nautical: bool,
) -> Option<(i128, i128)> {
    convert(lo, hi, from, to, nautical, Reading::Difference)
}

/// Whether a figure is an amount on its scale or a difference of two: only for
/// temperatures, whose scales are affine, do the two convert differently.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    Amount,
    Difference,
}

fn convert(
    lo: i128,
    hi: i128,
    from: Unit,
    to: Unit,
    nautical: bool,
    reading: Reading,
) -> Option<(i128, i128)> {
    if from.dimension() != to.dimension() || lo == i128::MIN || hi == i128::MAX {
        return None;
    }
    let scale = crate::rules::value::NUMBER_SCALE;
    let (out_lo, out_hi) = if from.dimension() == Dimension::Temperature {
        // °F = °C × 9/5 + 32, in fixed point; a difference has no 32.
        let offset = if reading == Reading::Amount {
            32 * scale
        } else {
            0
        };
        let c_to_f = |v: i128, up: bool| {
            let n = v.checked_mul(9)?;
            Some((if up { ceil_div(n, 5) } else { floor_div(n, 5) }) + offset)
        };
        let f_to_c = |v: i128, up: bool| {
            let n = (v - offset).checked_mul(5)?;
            Some(if up { ceil_div(n, 9) } else { floor_div(n, 9) })
        };
        match (from, to) {
            (Unit::Celsius, Unit::Fahrenheit) => (c_to_f(lo, false)?, c_to_f(hi, true)?),
            (Unit::Fahrenheit, Unit::Celsius) => (f_to_c(lo, false)?, f_to_c(hi, true)?),
            _ => (lo, hi),
        }
    } else {
        let (a, a2) = from.factors(nautical);
        let (b, b2) = to.factors(nautical);
        let mut out = (i128::MAX, i128::MIN);
        for fa in [Some(&a), a2.as_ref()].into_iter().flatten() {
            for fb in [Some(&b), b2.as_ref()].into_iter().flatten() {
                // v × (fa.num / fa.den) / (fb.num / fb.den)
                let num = fa.num.checked_mul(fb.den)?;
                let den = fa.den.checked_mul(fb.num)?;
                out.0 = out.0.min(floor_div(lo.checked_mul(num)?, den));
                out.1 = out.1.max(ceil_div(hi.checked_mul(num)?, den));
            }
        }
        out
    };
    Some((out_lo, out_hi))
}

/// The unit a (lower-case) unit word names.
pub fn parse_unit(word: &str) -> Option<Unit> {
    use Unit::*;
    let w: String = word
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Some(match w.as_str() {
        "mile" | "miles" | "mi" => Mile,
        "nautical mile" | "nautical miles" => NauticalMile,
        "kilometre" | "kilometres" | "kilometer" | "kilometers" | "km" | "kms" => Kilometer,
        "metre" | "metres" | "meter" | "meters" | "m" => Meter,
        "centimetre" | "centimetres" | "centimeter" | "centimeters" | "cm" => Centimeter,
        "foot" | "feet" | "ft" => Foot,
        "inch" | "inches" => Inch,
        "yard" | "yards" => Yard,
        "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" | "kg" | "kgs" | "kilo"
        | "kilos" => Kilogram,
        "gram" | "grams" | "gramme" | "grammes" => Gram,
        "pound" | "pounds" | "lb" | "lbs" => Pound,
        "tonne" | "tonnes" | "metric ton" | "metric tons" => Tonne,
        "°f" | "° f" | "degrees fahrenheit" | "degrees f" | "f" => Fahrenheit,
        "°c" | "° c" | "degrees celsius" | "degrees centigrade" | "degrees c" | "c" => Celsius,
        "acre" | "acres" => Acre,
        "hectare" | "hectares" => Hectare,
        "square kilometre" | "square kilometres" | "square kilometer" | "square kilometers"
        | "sq km" | "km2" | "km²" => SquareKilometer,
        "square mile" | "square miles" | "sq miles" => SquareMile,
        "gallon" | "gallons" => Gallon,
        "litre" | "litres" | "liter" | "liters" => Liter,
        "mph" | "miles per hour" | "miles an hour" => MilePerHour,
        "km/h"
        | "kph"
        | "kmh"
        | "kilometres per hour"
        | "kilometers per hour"
        | "kilometres an hour"
        | "kilometers an hour" => KilometerPerHour,
        "knot" | "knots" => Knot,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    const S: i128 = 1_000_000;

    #[test]
    fn exact_conversions() {
        assert_eq!(
            convert_units(10 * S, 10 * S, Unit::Mile, Unit::Kilometer, false),
            Some((16_093_440, 16_093_440))
        );
        assert_eq!(
            convert_units(100 * S, 100 * S, Unit::Celsius, Unit::Fahrenheit, false),
            Some((212 * S, 212 * S))
        );
        assert_eq!(
            convert_units(212 * S, 212 * S, Unit::Fahrenheit, Unit::Celsius, false),
            Some((100 * S, 100 * S))
        );
        assert_eq!(convert_units(S, S, Unit::Mile, Unit::Kilogram, false), None);
        // A difference of 1.5 °C is one of 2.7 °F; an amount of 1.5 °C is 34.7 °F.
        assert_eq!(
            convert_unit_difference(3 * S / 2, 3 * S / 2, Unit::Celsius, Unit::Fahrenheit, false),
            Some((27 * S / 10, 27 * S / 10))
        );
        assert_eq!(
            convert_unit_difference(18 * S, 18 * S, Unit::Fahrenheit, Unit::Celsius, false),
            Some((10 * S, 10 * S))
        );
        assert_eq!(
            convert_unit_difference(10 * S, 10 * S, Unit::Mile, Unit::Kilometer, false),
            convert_units(10 * S, 10 * S, Unit::Mile, Unit::Kilometer, false)
        );
    }

    #[test]
    fn ambiguous_miles_give_the_hull() {
        let (lo, hi) =
            convert_units(100 * S, 100 * S, Unit::Mile, Unit::Kilometer, true).unwrap_or_default();
        assert_eq!((lo, hi), (160_934_400, 185_200_000));
    }

    #[test]
    fn unit_words() {
        assert_eq!(parse_unit("nautical  miles"), Some(Unit::NauticalMile));
        assert_eq!(parse_unit("km/h"), Some(Unit::KilometerPerHour));
        assert_eq!(parse_unit("°c"), Some(Unit::Celsius));
        assert_eq!(parse_unit("furlongs"), None);
    }
}
