namespace NewsSite.Web.Models;

// The networks a story can be shared to through its counted short link, in the order the share bar shows them
// (their names and URL slugs: Sharing/ShareNetworks).
public enum ShareNetwork
{
    Email,
    Facebook,
    X,
    LinkedIn,
    Pinterest,
    WhatsApp,
    Telegram,
}
