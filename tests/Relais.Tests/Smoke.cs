namespace Relais.Tests; public class SmokeTests { [Fact] public void A_B_C() => Assert.True(true); }
