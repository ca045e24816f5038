using Microsoft.AspNetCore.Http;
using PostLint.Localization;

namespace PostLint.Server.Http;

/// <summary>
/// An RFC 7807 problem whose title and detail are message ids with arguments, rendered when the
/// answer is written, in the language of the request (<see cref="RequestLanguage"/>): the code that
/// finds what is wrong with a request does not need to know who asked. The response says its
/// language in <c>Content-Language</c>; <c>type</c> and <c>status</c> are the same in every language.
/// </summary>
public sealed class LocalizedProblem : IResult, IStatusCodeHttpResult
{
    private readonly LocalizedMessage _title;
    private readonly Func<Messages, string> _detail;

    public LocalizedProblem(int status, LocalizedMessage title, LocalizedMessage detail)
        : this(status, title, detail is null ? null! : detail.Render)
    {
    }

    /// <summary>A problem whose detail is put together from several messages (each problem of a configuration, one a line).</summary>
    public LocalizedProblem(int status, LocalizedMessage title, Func<Messages, string> detail)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(detail);
        StatusCode = status;
        _title = title;
        _detail = detail;
    }

    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    /// <summary>The title's message id (tests and logs name the problem by it).</summary>
    public string TitleId => _title.Id;

    /// <summary>The title in the language of <paramref name="messages"/>.</summary>
    public string TitleIn(Messages messages) => _title.Render(messages);

    /// <summary>The detail in the language of <paramref name="messages"/>.</summary>
    public string DetailIn(Messages messages) => _detail(messages);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var messages = RequestLanguage.MessagesFor(httpContext);
        return Results.Problem(detail: DetailIn(messages), statusCode: StatusCode, title: TitleIn(messages)).ExecuteAsync(httpContext);
    }
}
