namespace ServiceQuality.Classification.Tests;

public sealed class TrainingCsvTests
{
    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        const string csv = "text,label\n" +
                           "\"Queue was long, very long\",waiting\n" +
                           "\"He said \"\"no\"\" twice\",staff\n" +
                           "\"第一行\n第二行\",其他\n" +
                           "plain text,billing\n";

        var rows = TrainingCsv.ReadCsv(new StringReader(csv));

        Assert.Equal(
            [
                new LabelledText("Queue was long, very long", "waiting"),
                new LabelledText("He said \"no\" twice", "staff"),
                new LabelledText("第一行\n第二行", "其他"),
                new LabelledText("plain text", "billing"),
            ],
            rows);
    }

    [Fact]
    public void Leading_comment_lines_and_blank_lines_are_ignored()
    {
        const string csv = "# exported from the complaints register\r\n" +
                           "# 2024 Q1\r\n" +
                           "text,label\r\n" +
                           "櫃台人員態度很差,staff\r\n" +
                           "\r\n" +
                           "\"# not a comment once data has started\",other\r\n";

        var rows = TrainingCsv.ReadCsv(new StringReader(csv));

        Assert.Equal(
            [
                new LabelledText("櫃台人員態度很差", "staff"),
                new LabelledText("# not a comment once data has started", "other"),
            ],
            rows);
    }

    [Fact]
    public void Columns_are_found_by_name_so_label_first_files_can_be_read()
    {
        const string csv = "\uFEFFlabel,review\n1,\"房间很干净,服务好\"\n0,太吵了\n";

        var rows = TrainingCsv.ReadCsv(new StringReader(csv), textColumn: "review", labelColumn: "label");

        Assert.Equal([new LabelledText("房间很干净,服务好", "1"), new LabelledText("太吵了", "0")], rows);
    }

    [Fact]
    public async Task Streams_are_read_as_utf8_with_a_byte_order_mark()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble()
            .Concat(System.Text.Encoding.UTF8.GetBytes("text,label\n停車場太小,parking\n"))
            .ToArray();

        var rows = await TrainingCsv.ReadCsvAsync(new MemoryStream(bytes), cancellationToken: CancellationToken.None);

        Assert.Equal([new LabelledText("停車場太小", "parking")], rows);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_reported_with_its_line_number()
    {
        const string csv = "# comment\ntext,label\nfine,ok\n\"two\nlines\",ok\ntoo,many,fields\n";

        var error = Assert.Throws<TrainingCsvException>(() => TrainingCsv.ReadCsv(new StringReader(csv)));

        Assert.Equal(6, error.LineNumber);
        Assert.Contains("line 6", error.Message);
        Assert.Contains("expected 2 fields", error.Message);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_the_line_where_the_field_starts()
    {
        const string csv = "text,label\nfine,ok\n\"never closed,ok\nmore,ok\n";

        var error = Assert.Throws<TrainingCsvException>(() => TrainingCsv.ReadCsv(new StringReader(csv)));

        Assert.Equal(3, error.LineNumber);
        Assert.Contains("a quoted field is never closed", error.Message);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_malformed()
    {
        const string csv = "text,label\n\"quoted\"tail,ok\n";

        var error = Assert.Throws<TrainingCsvException>(() => TrainingCsv.ReadCsv(new StringReader(csv)));

        Assert.Equal(2, error.LineNumber);
    }

    [Fact]
    public void An_empty_label_is_malformed()
    {
        const string csv = "text,label\nsomething,\n";

        var error = Assert.Throws<TrainingCsvException>(() => TrainingCsv.ReadCsv(new StringReader(csv)));

        Assert.Equal(2, error.LineNumber);
    }

    [Fact]
    public void A_missing_column_is_named_in_the_error()
    {
        const string csv = "# header follows\ncomment,category\nx,y\n";

        var error = Assert.Throws<TrainingCsvException>(() => TrainingCsv.ReadCsv(new StringReader(csv)));

        Assert.Equal(2, error.LineNumber);
        Assert.Contains("'text'", error.Message);
    }
}
