var verdier = new[] { 1.0, 2.0, 3.0 };
Console.WriteLine($"Gjennomsnitt: {verdier.Average()}");
display(Chart.Line<double, double, string>(new[] { 1.0, 2.0, 3.0 }, verdier));
verdier.Sum()
