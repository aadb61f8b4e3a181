using QRCoder;

namespace ServiceQuality.Handlers.Http.SurveyTokens;

/// <summary>QR codes of survey links for receipts: SVG for printing at any size, PNG for receipt printers that need bitmaps.</summary>
public static class QrCodeImages
{
    // Level M survives a crease or a smudge on a thermal receipt while keeping a long token link scannable.
    private const QRCodeGenerator.ECCLevel ErrorCorrection = QRCodeGenerator.ECCLevel.M;

    public static string Svg(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, ErrorCorrection);
        return new SvgQRCode(data).GetGraphic(4);
    }

    public static byte[] Png(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, ErrorCorrection);
        return new PngByteQRCode(data).GetGraphic(6);
    }
}
