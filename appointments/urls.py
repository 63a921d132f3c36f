from django.urls import path

from .views import SubmissionsIndexView

app_name = "appointments_submissions"
urlpatterns = [
    path("", SubmissionsIndexView.as_view(), name="index"),
    path("results/", SubmissionsIndexView.as_view(results_only=True), name="index_results"),
]
